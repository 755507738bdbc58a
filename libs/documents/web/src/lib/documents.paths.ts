/** Where the award list and certificate pages live, for links and redirects. */
export const DOCUMENTS_PATHS = {
  awardLists: '/awards/lists',
  newAwardList: '/awards/lists/new',
  certificateLayouts: '/admin/certificate-layouts',
  signingCertificates: '/admin/signing-certificates',
} as const;

export function awardListPath(id: string): string {
  return `${DOCUMENTS_PATHS.awardLists}/${id}`;
}

/** The list laid out for the printer (A4 landscape, outside the app's frame). */
export function awardListPrintPath(id: string): string {
  return `${awardListPath(id)}/print`;
}
