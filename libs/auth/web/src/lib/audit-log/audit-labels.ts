import type { AuditAction, AuditEntity, AuditOrigin } from '@thidua/shared/contracts';

const ACTIONS: Record<AuditAction, string> = {
  create: $localize`:@@auditActionCreate:Tạo mới`,
  update: $localize`:@@auditActionUpdate:Cập nhật`,
  delete: $localize`:@@auditActionDelete:Xóa`,
  archive: $localize`:@@auditActionArchive:Lưu trữ`,
  login: $localize`:@@auditActionLogin:Đăng nhập`,
  logout: $localize`:@@auditActionLogout:Đăng xuất`,
  'login.failed': $localize`:@@auditActionLoginFailed:Đăng nhập thất bại`,
  'login.locked': $localize`:@@auditActionLoginLocked:Tạm khóa đăng nhập`,
  'login.unlock': $localize`:@@auditActionLoginUnlock:Mở khóa đăng nhập`,
  'password.change': $localize`:@@auditActionPasswordChange:Đổi mật khẩu`,
  'password.reset': $localize`:@@auditActionPasswordReset:Đặt lại mật khẩu`,
  transition: $localize`:@@auditActionTransition:Chuyển trạng thái`,
  override: $localize`:@@auditActionOverride:Điều chỉnh thủ công`,
  import: $localize`:@@auditActionImport:Nhập dữ liệu`,
  export: $localize`:@@auditActionExport:Xuất dữ liệu`,
  sign: $localize`:@@auditActionSign:Ký số`,
  revoke: $localize`:@@auditActionRevoke:Thu hồi`,
};

const ENTITIES: Record<AuditEntity, string> = {
  user: $localize`:@@auditEntityUser:Người dùng`,
  unit: $localize`:@@auditEntityUnit:Đơn vị`,
  unitKind: $localize`:@@auditEntityUnitKind:Loại đơn vị`,
  bloc: $localize`:@@auditEntityBloc:Khối, cụm thi đua`,
  blocMembership: $localize`:@@auditEntityBlocMembership:Thành viên khối`,
  blocLeadership: $localize`:@@auditEntityBlocLeadership:Trưởng, phó khối`,
  movement: $localize`:@@auditEntityMovement:Phong trào thi đua`,
  movementResult: $localize`:@@auditEntityMovementResult:Kết quả phong trào`,
  activityReport: $localize`:@@auditEntityActivityReport:Báo cáo hoạt động`,
  exemplaryModel: $localize`:@@auditEntityExemplaryModel:Điển hình tiên tiến`,
  attachment: $localize`:@@auditEntityAttachment:Tệp đính kèm`,
  pledge: $localize`:@@auditEntityPledge:Giao ước thi đua`,
  pledgeUnit: $localize`:@@auditEntityPledgeUnit:Chỉ tiêu đăng ký của đơn vị`,
  pledgeSignature: $localize`:@@auditEntityPledgeSignature:Chữ ký giao ước`,
  scoreSheet: $localize`:@@auditEntityScoreSheet:Bảng tiêu chí chấm điểm`,
  unitScore: $localize`:@@auditEntityUnitScore:Phiếu chấm điểm`,
  scoreAdjustment: $localize`:@@auditEntityScoreAdjustment:Điểm thẩm định`,
  scoreEvidence: $localize`:@@auditEntityScoreEvidence:Minh chứng chấm điểm`,
  awardType: $localize`:@@auditEntityAwardType:Hình thức khen thưởng`,
  awardRuleVersion: $localize`:@@auditEntityAwardRuleVersion:Tiêu chuẩn khen thưởng`,
  certificateLayout: $localize`:@@auditEntityCertificateLayout:Mẫu in bằng, giấy khen`,
  person: $localize`:@@auditEntityPerson:Cá nhân`,
  household: $localize`:@@auditEntityHousehold:Hộ gia đình`,
  personYearRecord: $localize`:@@auditEntityPersonYearRecord:Kết quả năm của cá nhân`,
  reviewFlag: $localize`:@@auditEntityReviewFlag:Ý kiến rà soát`,
  nomination: $localize`:@@auditEntityNomination:Hồ sơ đề nghị khen thưởng`,
  awardHistory: $localize`:@@auditEntityAwardHistory:Lịch sử khen thưởng`,
  awardList: $localize`:@@auditEntityAwardList:Danh sách đề nghị khen thưởng`,
  meeting: $localize`:@@auditEntityMeeting:Hội nghị`,
  meetingVoters: $localize`:@@auditEntityMeetingVoters:Đại biểu hội nghị`,
  votingCodes: $localize`:@@auditEntityVotingCodes:Mã bỏ phiếu`,
  votingCode: $localize`:@@auditEntityVotingCode:Mã bỏ phiếu cấp lại`,
  ballot: $localize`:@@auditEntityBallot:Cuộc bỏ phiếu`,
  ballotCounts: $localize`:@@auditEntityBallotCounts:Số phiếu giấy`,
  auditLog: $localize`:@@auditEntityAuditLog:Nhật ký hệ thống`,
  organisationProfile: $localize`:@@auditEntityOrganisationProfile:Hồ sơ cơ quan`,
  legalDocument: $localize`:@@auditEntityLegalDocument:Căn cứ pháp lý`,
  signingCertificate: $localize`:@@auditEntitySigningCertificate:Chứng thư số`,
  outgoingNumber: $localize`:@@auditEntityOutgoingNumber:Sổ văn bản đi`,
  apiKey: $localize`:@@auditEntityApiKey:Khóa API`,
};

/** Names of the fields the records' before and after images hold; others show as they are. */
const FIELDS: Record<string, string> = {
  action: $localize`:@@auditFieldAction:Thao tác`,
  address: $localize`:@@auditFieldAddress:Địa chỉ`,
  attendees: $localize`:@@auditFieldAttendees:Số lượt người tham dự`,
  awardTypeId: $localize`:@@auditFieldAwardType:Hình thức khen thưởng`,
  beneficiaryId: $localize`:@@auditFieldBeneficiary:Đối tượng được khen`,
  beneficiaryKind: $localize`:@@auditFieldBeneficiaryKind:Loại đối tượng`,
  birthYear: $localize`:@@auditFieldBirthYear:Năm sinh`,
  blocId: $localize`:@@auditFieldBloc:Khối, cụm`,
  blocIds: $localize`:@@auditFieldBlocs:Các khối, cụm`,
  chair: $localize`:@@auditFieldChair:Chủ trì`,
  code: $localize`:@@auditFieldCode:Mã`,
  commitments: $localize`:@@auditFieldCommitments:Nội dung giao ước`,
  conferencesHeld: $localize`:@@auditFieldConferencesHeld:Số hội nghị`,
  count: $localize`:@@auditFieldCount:Số lượng`,
  countingCommittee: $localize`:@@auditFieldCountingCommittee:Ban kiểm phiếu`,
  coverLetter: $localize`:@@auditFieldCoverLetter:Tờ trình`,
  decision: $localize`:@@auditFieldDecision:Quyết định`,
  decisionDate: $localize`:@@auditFieldDecisionDate:Ngày quyết định`,
  decisionNumber: $localize`:@@auditFieldDecisionNumber:Số quyết định`,
  delegateName: $localize`:@@auditFieldDelegateName:Đại biểu`,
  deputyUnitId: $localize`:@@auditFieldDeputyUnit:Đơn vị phó khối`,
  description: $localize`:@@auditFieldDescription:Mô tả`,
  email: $localize`:@@auditFieldEmail:Email`,
  endDate: $localize`:@@auditFieldEndDate:Ngày kết thúc`,
  entries: $localize`:@@auditFieldEntries:Số mục`,
  fileName: $localize`:@@auditFieldFileName:Tên tệp`,
  from: $localize`:@@auditFieldFrom:Từ ngày`,
  fullName: $localize`:@@auditFieldFullName:Họ và tên`,
  headUnitId: $localize`:@@auditFieldHeadUnit:Đơn vị trưởng khối`,
  initiatives: $localize`:@@auditFieldInitiatives:Số sáng kiến`,
  invalid: $localize`:@@auditFieldInvalid:Phiếu không hợp lệ`,
  isActive: $localize`:@@auditFieldIsActive:Đang hoạt động`,
  isArchived: $localize`:@@auditFieldIsArchived:Đã lưu trữ`,
  isPresent: $localize`:@@auditFieldIsPresent:Có mặt`,
  issued: $localize`:@@auditFieldIssued:Phiếu phát ra`,
  kind: $localize`:@@auditFieldKind:Loại`,
  launchingAuthority: $localize`:@@auditFieldLaunchingAuthority:Cấp phát động`,
  maxWinners: $localize`:@@auditFieldMaxWinners:Số người được chọn tối đa`,
  meetingDate: $localize`:@@auditFieldMeetingDate:Ngày họp`,
  meetingId: $localize`:@@auditFieldMeeting:Hội nghị`,
  memberCount: $localize`:@@auditFieldMemberCount:Số đoàn viên, hội viên`,
  members: $localize`:@@auditFieldMembers:Thành viên`,
  method: $localize`:@@auditFieldMethod:Cách bầu`,
  mode: $localize`:@@auditFieldMode:Hình thức bỏ phiếu`,
  movementId: $localize`:@@auditFieldMovement:Phong trào`,
  name: $localize`:@@auditFieldName:Tên`,
  nominationIds: $localize`:@@auditFieldNominations:Hồ sơ đề nghị`,
  note: $localize`:@@auditFieldNote:Ghi chú`,
  notes: $localize`:@@auditFieldNotes:Ghi chú`,
  order: $localize`:@@auditFieldOrder:Thứ tự sắp xếp`,
  orientation: $localize`:@@auditFieldOrientation:Khổ giấy`,
  parentId: $localize`:@@auditFieldParent:Đơn vị cấp trên`,
  participantCount: $localize`:@@auditFieldParticipantCount:Số người tham gia`,
  phone: $localize`:@@auditFieldPhone:Điện thoại`,
  place: $localize`:@@auditFieldPlace:Địa điểm`,
  position: $localize`:@@auditFieldPosition:Chức vụ`,
  proposingUnitId: $localize`:@@auditFieldProposingUnit:Đơn vị đề nghị`,
  rating: $localize`:@@auditFieldRating:Xếp loại`,
  reason: $localize`:@@auditFieldReason:Lý do`,
  results: $localize`:@@auditFieldResults:Kết quả`,
  returned: $localize`:@@auditFieldReturned:Phiếu thu về`,
  role: $localize`:@@auditFieldRole:Vai trò`,
  rule: $localize`:@@auditFieldRule:Tiêu chuẩn trúng cử`,
  secretary: $localize`:@@auditFieldSecretary:Thư ký`,
  sessionsHeld: $localize`:@@auditFieldSessionsHeld:Số buổi sinh hoạt`,
  sex: $localize`:@@auditFieldSex:Giới tính`,
  shortName: $localize`:@@auditFieldShortName:Tên viết tắt`,
  slogan: $localize`:@@auditFieldSlogan:Khẩu hiệu`,
  sortOrder: $localize`:@@auditFieldSortOrder:Thứ tự`,
  startDate: $localize`:@@auditFieldStartDate:Ngày bắt đầu`,
  status: $localize`:@@auditFieldStatus:Trạng thái`,
  summary: $localize`:@@auditFieldSummary:Tóm tắt`,
  targets: $localize`:@@auditFieldTargets:Chỉ tiêu`,
  title: $localize`:@@auditFieldTitle:Tiêu đề`,
  to: $localize`:@@auditFieldTo:Đến ngày`,
  total: $localize`:@@auditFieldTotal:Tổng điểm`,
  unitId: $localize`:@@auditFieldUnit:Đơn vị`,
  unitIds: $localize`:@@auditFieldUnits:Các đơn vị`,
  username: $localize`:@@auditFieldUsername:Tên đăng nhập`,
  valid: $localize`:@@auditFieldValid:Phiếu hợp lệ`,
  voters: $localize`:@@auditFieldVoters:Đại biểu`,
  votes: $localize`:@@auditFieldVotes:Số phiếu`,
  year: $localize`:@@auditFieldYear:Năm`,
};

export function auditActionLabel(action: string): string {
  return ACTIONS[action as AuditAction] ?? action;
}

export function auditEntityLabel(entity: string): string {
  return ENTITIES[entity as AuditEntity] ?? entity;
}

export function auditFieldLabel(field: string): string {
  return FIELDS[field] ?? field;
}

export function auditOriginLabel(origin: AuditOrigin | null): string {
  switch (origin) {
    case 'request':
      return $localize`:@@auditOriginRequest:Yêu cầu của người dùng`;
    case 'system':
      return $localize`:@@auditOriginSystem:Hệ thống tự động`;
    case null:
      return $localize`:@@auditOriginUnknown:Không rõ (ghi trước khi lưu nguồn)`;
  }
}
