import type { BoardProblem } from '@thidua/ballots/domain';
import { hexGroups } from '@thidua/ballots/ui';

/** A vote's tracker as the receipt shows it: its first 16 characters in groups of four. */
const short = (tracker: string) => hexGroups(tracker, 16);

/**
 * A problem the check of a public record found, in the reader's language. The English sentences
 * of `npm run ballot:verify` stay in the documentation; these name the same field, vote or
 * candidate position.
 */
export function boardProblemText(problem: BoardProblem): string {
  switch (problem.code) {
    case 'field.string':
      return $localize`:@@blBoardFieldString:Trường ${problem.path}:PATH: phải là một chuỗi ký tự.`;
    case 'field.count':
      return $localize`:@@blBoardFieldCount:Trường ${problem.path}:PATH: phải là một số nguyên không âm.`;
    case 'field.number':
      return $localize`:@@blBoardFieldNumber:Trường ${problem.path}:PATH: phải là một số.`;
    case 'field.hex':
      return $localize`:@@blBoardFieldHex:Trường ${problem.path}:PATH: phải gồm 64 chữ số thập lục phân viết thường.`;
    case 'field.array':
      return $localize`:@@blBoardFieldArray:Trường ${problem.path}:PATH: phải là một danh sách.`;
    case 'field.object':
      return $localize`:@@blBoardFieldObject:Trường ${problem.path}:PATH: phải là một đối tượng.`;
    case 'field.unknown':
      return $localize`:@@blBoardFieldUnknown:Trường ${problem.path}:PATH: không thuộc định dạng.`;
    case 'field.missing':
      return $localize`:@@blBoardFieldMissing:Thiếu trường ${problem.path}:PATH:.`;
    case 'field.oneOf':
      return $localize`:@@blBoardFieldOneOf:Trường ${problem.path}:PATH: phải là một trong: ${problem.values.join(', ')}:VALUES:.`;
    case 'header.marks':
      return $localize`:@@blBoardHeaderMarks:Số dấu chọn của phiếu (tối thiểu ${problem.minMarks}:MIN:, tối đa ${problem.maxMarks ?? '—'}:MAX:) không thể có với ${problem.candidates}:N: ứng viên.`;
    case 'header.approvalMaxMarks':
      return $localize`:@@blBoardHeaderApproval:Phiếu lấy ý kiến đồng ý không được có số dấu chọn tối đa.`;
    case 'header.chooseKMaxMarks':
      return $localize`:@@blBoardHeaderChooseK:Phiếu chọn K phải có số dấu chọn tối đa, không quá số người được chọn.`;
    case 'header.publicKey':
      return $localize`:@@blBoardHeaderKey:Khóa công khai không phải là một điểm ristretto255 hợp lệ.`;
    case 'header.threshold':
      return $localize`:@@blBoardHeaderThreshold:Số mảnh khóa cần để kiểm phiếu phải từ 1 đến số thành viên Ban kiểm phiếu.`;
    case 'header.position':
      return $localize`:@@blBoardHeaderPosition:Ứng viên thứ ${problem.index}:INDEX: (${problem.name}:NAME:) lại ghi số thứ tự ${problem.position}:POSITION:.`;
    case 'header.perCandidate':
      return $localize`:@@blBoardHeaderPerCandidate:Trường ${problem.field}:FIELD: phải có đúng một mục cho mỗi ứng viên (${problem.candidates}:N:).`;
    default:
      return voteProblemText(problem);
  }
}

function voteProblemText(problem: BoardProblem): string {
  switch (problem.code) {
    case 'vote.repeated':
      return $localize`:@@blBoardVoteRepeated:Phiếu ${short(problem.tracker)}:TRACKER: xuất hiện hơn một lần.`;
    case 'vote.unsorted':
      return $localize`:@@blBoardVoteUnsorted:Các phiếu không xếp theo mã biên nhận: ${short(problem.tracker)}:TRACKER: đứng sau ${short(problem.previous)}:PREVIOUS:.`;
    case 'vote.malformed':
    case 'vote.point':
      return problem.position === null
        ? $localize`:@@blBoardVoteMalformed:Phiếu ${short(problem.tracker)}:TRACKER: được mã hóa sai định dạng.`
        : $localize`:@@blBoardVoteMalformedAt:Phiếu ${short(problem.tracker)}:TRACKER: được mã hóa sai định dạng (ứng viên thứ ${problem.position}:POSITION:).`;
    case 'vote.proof':
      return $localize`:@@blBoardVoteProof:Phiếu ${short(problem.tracker)}:TRACKER: có chứng minh sai: không chứng minh được ô của ứng viên thứ ${problem.position}:POSITION: chỉ là 0 hoặc 1.`;
    case 'vote.overall':
      return $localize`:@@blBoardVoteOverall:Phiếu ${short(problem.tracker)}:TRACKER: có chứng minh sai: không chứng minh được số dấu chọn nằm trong giới hạn của phiếu.`;
    case 'vote.tracker':
      return $localize`:@@blBoardVoteTracker:Phiếu ${short(problem.tracker)}:TRACKER: có mã biên nhận không khớp với phiếu đã mã hóa.`;
    case 'vote.replayed':
      return $localize`:@@blBoardVoteReplayed:Phiếu ${short(problem.tracker)}:TRACKER: chép lại bản mã của phiếu ${short(problem.earlier)}:EARLIER: (ứng viên thứ ${problem.position}:POSITION:).`;
    default:
      return countProblemText(problem);
  }
}

function countProblemText(problem: BoardProblem): string {
  switch (problem.code) {
    case 'total.notSum':
      return $localize`:@@blBoardTotalNotSum:Tổng đã mã hóa của ứng viên thứ ${problem.position}:POSITION: không bằng tổng các phiếu.`;
    case 'decryption.malformed':
    case 'decryption.point':
      return $localize`:@@blBoardDecryptionMalformed:Kết quả giải mã của ứng viên thứ ${problem.position}:POSITION: sai định dạng.`;
    case 'decryption.proof':
      return $localize`:@@blBoardDecryptionProof:Chứng minh giải mã của ứng viên thứ ${problem.position}:POSITION: không khớp với tổng các phiếu.`;
    case 'decryption.count':
      return $localize`:@@blBoardDecryptionCount:Số phiếu giải mã của ứng viên thứ ${problem.position}:POSITION: không phải số phiếu trong tổng.`;
    case 'count.mismatch':
      return $localize`:@@blBoardCountMismatch:Số phiếu điện tử của ứng viên thứ ${problem.position}:POSITION: ghi ${problem.recorded}:RECORDED:, nhưng giải mã cho ${problem.decrypted}:DECRYPTED:.`;
    case 'ballots.tooMany':
      return $localize`:@@blBoardTooMany:Số phiếu (${problem.electronic}:ELECTRONIC: điện tử + ${problem.paper}:PAPER: giấy) nhiều hơn số đại biểu có quyền bỏ phiếu (${problem.eligible}:ELIGIBLE:).`;
    case 'result.count':
      return $localize`:@@blBoardResultCount:Kết quả của ứng viên thứ ${problem.position}:POSITION: ghi ${problem.recorded}:RECORDED:, nhưng điện tử ${problem.electronic}:ELECTRONIC: + giấy ${problem.paper}:PAPER: = ${problem.expected}:EXPECTED:.`;
    case 'result.valid':
      return $localize`:@@blBoardResultValid:Kết quả ghi ${problem.recorded}:RECORDED: phiếu hợp lệ, nhưng điện tử ${problem.electronic}:ELECTRONIC: + giấy hợp lệ ${problem.paper}:PAPER: = ${problem.expected}:EXPECTED:.`;
    case 'paper.sum':
      return $localize`:@@blBoardPaperSum:Phiếu giấy: hợp lệ ${problem.valid}:VALID: + không hợp lệ ${problem.invalid}:INVALID: không bằng ${problem.returned}:RETURNED: phiếu thu về.`;
    case 'paper.returned':
      return $localize`:@@blBoardPaperReturned:Phiếu giấy: thu về ${problem.returned}:RETURNED: phiếu nhưng chỉ phát ra ${problem.issued}:ISSUED:.`;
    case 'paper.votes':
      return $localize`:@@blBoardPaperVotes:Phiếu giấy của ứng viên thứ ${problem.position}:POSITION: (${problem.votes}:VOTES:) nhiều hơn số phiếu giấy hợp lệ (${problem.valid}:VALID:).`;
    default:
      return $localize`:@@blBoardUnknown:Bản ghi có lỗi chưa biết (${problem.code}:CODE:).`;
  }
}
