import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { type Transporter, createTransport } from 'nodemailer';

import { mailConfig } from './mail.config';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html: string;
}

/** Sends mail over SMTP (`SMTP_URL`); without it sends nothing, and says so once in the log. */
@Injectable()
export class MailerService implements OnModuleInit {
  private readonly logger = new Logger('Mail');
  private transport: Transporter | null = null;

  constructor(@Inject(mailConfig.KEY) private readonly config: ConfigType<typeof mailConfig>) {}

  onModuleInit(): void {
    if (this.config.smtpUrl) {
      this.transport = createTransport(this.config.smtpUrl);
    } else {
      this.logger.log('SMTP_URL is not set: no digest or reminder e-mail will be sent');
    }
  }

  get isConfigured(): boolean {
    return this.transport !== null;
  }

  async send(mail: OutgoingMail): Promise<void> {
    if (!this.transport) return;
    await this.transport.sendMail({ from: this.config.from ?? undefined, ...mail });
  }
}
