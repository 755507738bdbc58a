import type { RotationProposalResponse } from '@thidua/registry/contracts';

export type RotationReason = RotationProposalResponse['reasons'][number];

/** One reason of the rotation proposal as a sentence in the build's language. */
export function rotationReasonText(
  reason: RotationReason,
  proposal: Pick<RotationProposalResponse, 'basedOnYear' | 'cooldownYears'>,
): string {
  const unit = reason.unit ? reason.unit.shortName || reason.unit.name : '—';
  const basedOnYear = proposal.basedOnYear;
  const cooldownYears = proposal.cooldownYears;
  const year = reason.year ?? basedOnYear;
  const role =
    reason.role === 'head'
      ? $localize`:@@registryRoleHead:Trưởng khối`
      : $localize`:@@registryRoleDeputy:Phó khối`;
  switch (reason.code) {
    case 'deputyBecomesHead':
      return $localize`:@@reasonDeputyBecomesHead:Phó khối năm ${basedOnYear}:basedOnYear: (${unit}:unit:) lên làm Trưởng khối`;
    case 'nextInOrderBecomesHead':
      return $localize`:@@reasonNextInOrderBecomesHead:${unit}:unit: là đơn vị kế tiếp theo thứ tự luân phiên, làm Trưởng khối`;
    case 'firstInOrderBecomesHead':
      return $localize`:@@reasonFirstInOrderBecomesHead:${unit}:unit: đứng đầu thứ tự luân phiên, làm Trưởng khối`;
    case 'nextInOrderBecomesDeputy':
      return $localize`:@@reasonNextInOrderBecomesDeputy:${unit}:unit: là đơn vị kế tiếp theo thứ tự luân phiên, làm Phó khối`;
    case 'skippedArchived':
      return $localize`:@@reasonSkippedArchived:Bỏ qua ${unit}:unit:: đơn vị đã lưu trữ`;
    case 'skippedDeparted':
      return $localize`:@@reasonSkippedDeparted:Bỏ qua ${unit}:unit:: đã rời khối`;
    case 'skippedRecentHead':
      return $localize`:@@reasonSkippedRecentHead:Bỏ qua ${unit}:unit:: đã làm Trưởng khối năm ${year}:year: (trong ${cooldownYears}:cooldownYears: năm gần đây)`;
    case 'cooldownRelaxed':
      return $localize`:@@reasonCooldownRelaxed:Mọi đơn vị còn lại đều đã làm Trưởng khối trong ${cooldownYears}:cooldownYears: năm gần đây, nên vẫn chọn ${unit}:unit: làm ${role}:role:`;
    case 'noDeputyAvailable':
      return $localize`:@@reasonNoDeputyAvailable:Không có đơn vị nào phù hợp để làm Phó khối`;
    case 'noHeadAvailable':
      return $localize`:@@reasonNoHeadAvailable:Không có đơn vị nào phù hợp để làm Trưởng khối`;
    default:
      return String((reason as { code: string }).code);
  }
}
