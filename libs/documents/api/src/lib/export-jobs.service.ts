import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ExportFormat, ExportJobKind, ExportJobResponse } from '@thidua/documents/contracts';
import {
  ApiException,
  type AuthUser,
  type DownloadFile,
  type JobAttempt,
  JobQueueService,
  invalidFields,
  localize,
  notFound,
} from '@thidua/shared/api-core';
import { DataSource } from 'typeorm';

import { AwardListsService, CONTENT_TYPES } from './award-lists.service';
import { ExportJobEntity } from './entities/award-list.entity';

/** The queue of background exports (pg-boss, in PostgreSQL). */
export const EXPORT_QUEUE = 'document-export';

/** What a queued export carries: its row and who asked (their rights when it runs). */
interface ExportJobData {
  exportJobId: string;
  user: Pick<AuthUser, 'id' | 'username' | 'fullName' | 'role' | 'unitId'>;
}

/**
 * Background exports of lists, cover letters and certificates. The `export_jobs` row is what the
 * user sees (status, progress, attempts, file, failure); the durable job queue delivers the work:
 * queued in the request's transaction, retried with a growing delay when an attempt fails for a
 * passing reason, taken up again after a restart. A refusal (the list is gone, not decided…) fails
 * at once with its own code; the last failed attempt fails with `exportJobs.failed`.
 */
@Injectable()
export class ExportJobsService implements OnModuleInit {
  private readonly logger = new Logger(ExportJobsService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly lists: AwardListsService,
    private readonly queue: JobQueueService,
  ) {}

  onModuleInit(): void {
    this.queue.handle<ExportJobData>(EXPORT_QUEUE, {
      run: (data, attempt) => this.run(data, attempt),
      failed: (data) => this.failForGood(data.exportJobId),
    });
  }

  /** Starts a background export; the page polls its progress. */
  async start(
    id: string,
    kind: ExportJobKind,
    format: ExportFormat,
    user: AuthUser,
  ): Promise<ExportJobResponse> {
    await this.lists.get(id, user);
    if (kind !== 'list' && format === 'xlsx')
      throw invalidFields('common.validation', { format: ['common.validation'] });
    const jobId = await this.dataSource.transaction(async (manager) => {
      const job = await manager.save(
        manager.create(ExportJobEntity, {
          listId: id,
          kind,
          format,
          status: 'queued',
          progress: 0,
          fileName: '',
          createdBy: user.id,
        }),
      );
      const { id: userId, username, fullName, role, unitId } = user;
      const data: ExportJobData = {
        exportJobId: job.id,
        user: { id: userId, username, fullName, role, unitId },
      };
      await this.queue.send(EXPORT_QUEUE, data, manager);
      return job.id;
    });
    return this.job(jobId);
  }

  async job(jobId: string): Promise<ExportJobResponse> {
    const job = await this.dataSource
      .getRepository(ExportJobEntity)
      .findOne({ where: { id: jobId } });
    if (!job) throw notFound('awardLists.jobNotFound');
    return {
      id: job.id,
      status: job.status,
      progress: job.progress,
      format: job.format,
      fileName: job.fileName,
      url: job.status === 'done' ? `/api/v1/export-jobs/${job.id}/file` : null,
      attempts: job.attempts,
      error: job.error,
      errorMessage: job.error ? localize(job.error, 'vi') : null,
    };
  }

  async file(jobId: string): Promise<DownloadFile> {
    const job = await this.dataSource
      .getRepository(ExportJobEntity)
      .createQueryBuilder('j')
      .addSelect('j.content')
      .where('j.id = :jobId', { jobId })
      .getOne();
    if (!job || job.status !== 'done' || !job.content) throw notFound('awardLists.jobNotFound');
    return { buffer: job.content, contentType: CONTENT_TYPES[job.format], fileName: job.fileName };
  }

  /** One attempt: a refusal fails the export at once; another failure throws (retried, or failed for good). */
  private async run(data: ExportJobData, attempt: JobAttempt): Promise<void> {
    const repo = this.dataSource.getRepository(ExportJobEntity);
    const job = await repo.findOne({ where: { id: data.exportJobId } });
    if (!job || job.status === 'done') return;
    await repo.update(
      { id: job.id },
      { status: 'running', progress: 10, attempts: attempt.number, error: null },
    );
    try {
      const file = await this.render(job, {
        ...data.user,
        sessionId: '',
        mustChangePassword: false,
      });
      await repo.update(
        { id: job.id },
        { status: 'done', progress: 100, content: file.buffer, fileName: file.fileName },
      );
    } catch (error) {
      const refused = error instanceof ApiException && error.getStatus() < 500;
      this.logger.warn(`export ${job.id}, attempt ${attempt.number}: ${(error as Error).message}`);
      if (refused) {
        await repo.update({ id: job.id }, { status: 'failed', error: error.code });
        return;
      }
      if (attempt.isLast) await this.failForGood(job.id);
      else await repo.update({ id: job.id }, { status: 'queued', progress: 0 });
      // The queue retries it later, or (the last attempt) keeps it as failed.
      throw error;
    }
  }

  /** The export failed after its retries (also when its last attempt's process died). */
  private async failForGood(exportJobId: string): Promise<void> {
    await this.dataSource
      .getRepository(ExportJobEntity)
      .createQueryBuilder()
      .update()
      .set({ status: 'failed', error: 'exportJobs.failed' })
      .where('id = :exportJobId AND status <> :done', { exportJobId, done: 'done' })
      .execute();
  }

  private render(job: ExportJobEntity, user: AuthUser): Promise<DownloadFile> {
    if (job.kind === 'list') return this.lists.exportList(job.listId, job.format, user);
    if (job.kind === 'coverLetter')
      return this.lists.coverLetter(job.listId, job.format as 'pdf' | 'docx', user);
    return this.lists.certificates(job.listId, 'design', undefined, user);
  }
}
