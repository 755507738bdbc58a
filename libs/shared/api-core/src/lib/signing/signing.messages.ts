import { registerMessages } from '../errors/messages';

registerMessages({
  'signing.notPkcs12': {
    vi: 'Tệp không phải chứng thư số dạng PKCS#12 (.p12, .pfx).',
    en: 'The file is not a PKCS#12 certificate (.p12, .pfx).',
  },
  'signing.wrongPassword': {
    vi: 'Mật khẩu của tệp chứng thư số không đúng.',
    en: 'The password of the certificate file is wrong.',
  },
  'signing.noKey': {
    vi: 'Tệp không chứa khóa bí mật RSA cùng chứng thư số của khóa đó.',
    en: 'The file holds no RSA private key with its certificate.',
  },
  'signing.notSigningKey': {
    vi: 'Chứng thư số này không dùng để ký (thiếu mục đích "chữ ký số").',
    en: 'This certificate is not for signing (no digital signature key usage).',
  },
  'signing.notYetValid': {
    vi: 'Chứng thư số chưa đến ngày có hiệu lực.',
    en: 'The certificate is not valid yet.',
  },
  'signing.expired': { vi: 'Chứng thư số đã hết hạn.', en: 'The certificate has expired.' },
  'signing.fileMissing': {
    vi: 'Chưa chọn tệp chứng thư số (.p12, .pfx).',
    en: 'No certificate file (.p12, .pfx) was chosen.',
  },
  'signing.noCertificate': {
    vi: 'Chưa có chứng thư số để ký: quản trị viên cần tải lên chứng thư số của cơ quan ban hành (Quản trị › Chữ ký số).',
    en: "No certificate to sign with: an administrator must upload the issuing body's certificate (Admin › Digital signatures).",
  },
  'signing.chooseBody': {
    vi: 'Có chứng thư số của nhiều cơ quan: hãy chọn cơ quan ký.',
    en: 'Several bodies have a certificate: choose the signing body.',
  },
  'signing.pdfOnly': {
    vi: 'Chỉ ký số được bản PDF.',
    en: 'Only the PDF can be signed.',
  },
  'signing.certificateExpired': {
    vi: 'Chứng thư số của {body} đã hết hạn ngày {validTo}: quản trị viên cần tải lên chứng thư số mới.',
    en: "{body}'s certificate expired on {validTo}: an administrator must upload a new one.",
  },
  'signing.keyMismatch': {
    vi: 'Không mở được chứng thư số đã lưu: tệp khóa ký số (SIGNING_KEY_FILE) khác với khi tải lên. Hãy khôi phục tệp khóa hoặc tải lên lại chứng thư số.',
    en: 'The stored certificate cannot be opened: the signing key file (SIGNING_KEY_FILE) is not the one it was uploaded with. Restore the key file or upload the certificate again.',
  },
  'signing.notFound': { vi: 'Không tìm thấy chứng thư số.', en: 'Certificate not found.' },
  'signing.notActive': {
    vi: 'Chứng thư số này đã được thay thế hoặc gỡ bỏ.',
    en: 'This certificate was already replaced or removed.',
  },
});
