import { Injectable } from '@nestjs/common';
import nodemailer, { type Transporter } from 'nodemailer';

/** Email over SMTP (SMTP_URL, SMTP_FROM); without SMTP_URL nothing is emailed and the in-app centre still works. */
@Injectable()
export class Mailer {
  private readonly transport: Transporter | null;

  constructor(
    url: string | undefined,
    private readonly from: string,
  ) {
    this.transport = url ? nodemailer.createTransport(url) : null;
  }

  get enabled(): boolean {
    return this.transport !== null;
  }

  async send(to: string, subject: string, text: string): Promise<void> {
    if (!this.transport) return;
    if (!to) throw new Error('no email address');
    await this.transport.sendMail({ from: this.from, to, subject, text });
  }

  close(): void {
    this.transport?.close();
  }
}
