import { registerMessages } from '@thidua/shared/api-core';

registerMessages({
  'meetings.notFound': { vi: 'Không tìm thấy hội nghị.', en: 'Meeting not found.' },
  'meetings.noMembers': {
    vi: 'Khối chưa có thành viên năm {year} vào ngày họp.',
    en: 'The bloc has no members in {year} on the meeting date.',
  },
  'meetings.voterUnknown': {
    vi: 'Đơn vị hoặc người dùng không tồn tại.',
    en: 'A unit or user does not exist.',
  },
  'meetings.votingStarted': {
    vi: 'Đã có phiếu bầu được mở: không thể đổi danh sách đại biểu.',
    en: 'A ballot has been opened: the delegates can no longer change.',
  },
  'ballots.notFound': { vi: 'Không tìm thấy phiếu bầu.', en: 'Ballot not found.' },
  'ballots.notDraft': {
    vi: 'Chỉ sửa được phiếu bầu chưa mở.',
    en: 'Only a ballot that has not opened can be changed.',
  },
  'ballots.notOpen': { vi: 'Phiếu bầu chưa mở hoặc đã kết thúc.', en: 'The ballot is not open.' },
  'ballots.notClosed': {
    vi: 'Kết quả chỉ công bố sau khi kết thúc bỏ phiếu.',
    en: 'Results are published once the ballot closes.',
  },
  'ballots.invalidTransition': {
    vi: 'Không thể "{action}" phiếu bầu đang ở trạng thái "{status}".',
    en: 'Cannot "{action}" a ballot that is "{status}".',
  },
  'ballots.noQuorum': {
    vi: 'Chưa đủ số đại biểu có mặt: {present}/{eligible} (cần từ {quorum} %).',
    en: 'Not enough delegates present: {present}/{eligible} (at least {quorum} % needed).',
  },
  'ballots.alreadyVoted': {
    vi: 'Đại biểu đã bỏ phiếu, không thể bỏ phiếu lần nữa.',
    en: 'This delegate has already voted.',
  },
  'ballots.notVoter': {
    vi: 'Bạn không có tên trong danh sách đại biểu có mặt của hội nghị.',
    en: 'You are not among the delegates present at the meeting.',
  },
  'ballots.badCode': { vi: 'Mã bỏ phiếu không đúng.', en: 'The voting code is not valid.' },
  'ballots.tooManyChoices': {
    vi: 'Chỉ được chọn tối đa {max} trong số các ứng viên.',
    en: 'Choose at most {max} of the candidates.',
  },
  'ballots.invalidChoice': {
    vi: 'Lựa chọn không thuộc phiếu bầu này.',
    en: 'A choice is not on this ballot.',
  },
  'ballots.wrongMethod': {
    vi: 'Phiếu bầu này dùng cách bầu khác.',
    en: 'This ballot uses another way of voting.',
  },
  'ballots.notElectronic': {
    vi: 'Phiếu bầu giấy hoặc giơ tay: nhập kết quả kiểm phiếu thay vì bỏ phiếu điện tử.',
    en: 'A paper or show-of-hands ballot: enter the counts instead.',
  },
  'ballots.notPaper': {
    vi: 'Phiếu bầu điện tử không nhập kết quả kiểm phiếu bằng tay.',
    en: 'An electronic ballot is not counted by hand.',
  },
  'ballots.paperCountsMissing': {
    vi: 'Chưa nhập kết quả kiểm phiếu.',
    en: 'The counts have not been entered.',
  },
  'ballots.paperCounts': { vi: 'Kết quả kiểm phiếu không khớp.', en: 'The counts do not add up.' },
  'ballots.returnedAboveIssued': {
    vi: 'Số phiếu thu về lớn hơn số phiếu phát ra.',
    en: 'More ballots returned than issued.',
  },
  'ballots.returnedNotValidPlusInvalid': {
    vi: 'Số phiếu thu về phải bằng số phiếu hợp lệ cộng không hợp lệ.',
    en: 'Returned must equal valid plus invalid.',
  },
  'ballots.candidateAboveValid': {
    vi: 'Số phiếu của ứng viên lớn hơn số phiếu hợp lệ.',
    en: 'A candidate has more votes than valid ballots.',
  },
  'ballots.unknownCandidate': {
    vi: 'Ứng viên không thuộc phiếu bầu.',
    en: 'Not a candidate of this ballot.',
  },
  'ballots.tooManyChoicesCounted': {
    vi: 'Tổng số lựa chọn vượt quá số người được chọn trên mỗi phiếu hợp lệ.',
    en: 'More marks than allowed per valid ballot.',
  },
  'ballots.issuedAboveVoters': {
    vi: 'Số phiếu phát ra lớn hơn số đại biểu.',
    en: 'More ballots issued than delegates.',
  },
  'ballots.candidateNotAccepted': {
    vi: 'Chỉ đưa vào phiếu bầu các đề nghị khối đã tiếp nhận, cùng hình thức khen thưởng và cùng khối, năm của hội nghị.',
    en: "Only nominations the bloc accepted, for the ballot's award, bloc and year, can be candidates.",
  },
  'ballots.noTie': {
    vi: 'Không có trường hợp bằng phiếu cần bầu lại.',
    en: 'There is no tie to run off.',
  },
  'ballots.noCommittee': {
    vi: 'Hội nghị chưa có Ban kiểm phiếu: cần ít nhất một thành viên để giữ khóa của hòm phiếu kín.',
    en: 'The meeting has no counting committee: at least one member must hold the key of the sealed box.',
  },
  'ballots.badCommitteeThreshold': {
    vi: 'Số mảnh khóa cần để kiểm phiếu phải từ 1 đến số thành viên Ban kiểm phiếu ({size}).',
    en: 'The shares needed to count must be between 1 and the committee size ({size}).',
  },
  'ballots.voteIdRequired': {
    vi: 'Thiếu mã lượt bỏ phiếu (voteId) do điện thoại tạo.',
    en: 'The vote id made by the phone is missing.',
  },
  'ballots.badBallot': {
    vi: 'Lá phiếu mã hóa không hợp lệ ({reason}): phiếu không được ghi nhận.',
    en: 'The encrypted ballot is not valid ({reason}): it was not recorded.',
  },
  'ballots.replayedBallot': {
    vi: 'Lá phiếu này trùng với một lá phiếu đã có trong hòm phiếu: không được ghi nhận.',
    en: 'This ballot copies one already in the box: it was not recorded.',
  },
  'ballots.legacyBallot': {
    vi: 'Phiếu bầu được mở trước khi có hòm phiếu niêm phong: hãy kết thúc và kiểm phiếu.',
    en: 'This ballot was opened before the sealed box existed: close and count it.',
  },
  'ballots.codeOfAnotherSeat': {
    vi: 'Mã bỏ phiếu này thuộc một đại biểu khác: bạn đã có quyền bỏ phiếu bằng tài khoản của mình.',
    en: 'This voting code belongs to another delegate: you vote with your own account.',
  },
  'ballots.notTallied': {
    vi: 'Đã kết thúc bỏ phiếu, đang chờ Ban kiểm phiếu nhập mảnh khóa để kiểm phiếu.',
    en: 'Voting has ended; the counting committee has yet to enter its shares.',
  },
  'ballots.alreadyTallied': {
    vi: 'Phiếu bầu đã được kiểm.',
    en: 'The ballot has already been counted.',
  },
  'ballots.notSecret': {
    vi: 'Chỉ phiếu bầu kín điện tử mới kiểm bằng mảnh khóa.',
    en: 'Only secret electronic ballots are counted with shares.',
  },
  'ballots.shares': {
    vi: 'Các mảnh khóa chưa mở được hòm phiếu.',
    en: 'The shares do not open the box.',
  },
  'ballots.shareFormat': {
    vi: 'Mảnh khóa gõ sai (thiếu, thừa hoặc nhầm ký tự).',
    en: 'The share is mistyped (missing, extra or wrong characters).',
  },
  'ballots.shareUnknown': {
    vi: 'Đây không phải mảnh khóa của phiếu bầu này.',
    en: 'This is not a share of this ballot.',
  },
  'ballots.shareDuplicate': {
    vi: 'Mảnh khóa này đã được nhập ở ô khác.',
    en: 'This share was entered in another field.',
  },
  'ballots.tooFewShares': {
    vi: 'Cần {needed} mảnh khóa của {size} thành viên Ban kiểm phiếu; mới có {given} mảnh đúng.',
    en: '{needed} shares of the {size} committee members are needed; {given} correct so far.',
  },
  'ballots.noBoard': {
    vi: 'Hồ sơ công khai của phiếu bầu chỉ có sau khi kiểm phiếu kín điện tử.',
    en: 'The public record exists once a secret electronic ballot is counted.',
  },
  'ballots.codesAlreadyIssued': {
    vi: 'Mọi đại biểu đã có mã bỏ phiếu. Mã bị mất thì cấp lại từng mã, có lý do và sự đồng ý của chủ tọa.',
    en: 'Every delegate already has a code. A lost code is reissued one by one, with a reason and the chair’s approval.',
  },
  'ballots.reissueNeedsChair': {
    vi: 'Cấp lại mã khi đang bỏ phiếu cần sự đồng ý của chủ tọa.',
    en: 'Reissuing a code while voting needs the chair’s approval.',
  },
  'ballots.voterHasAccount': {
    vi: 'Đại biểu này bỏ phiếu bằng tài khoản, không dùng mã.',
    en: 'This delegate votes with an account, not a code.',
  },
  'ballots.voterNotFound': {
    vi: 'Không tìm thấy đại biểu trong hội nghị.',
    en: 'The delegate is not in this meeting.',
  },
});
