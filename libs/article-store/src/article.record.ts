import type { ClassifiedArticle, PubStatus } from '@newsflow/contracts';
import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/**
 * The source of truth for an enriched article. The columns editors filter on are real columns;
 * the whole event is kept as `document` so that the API can render any field without a join.
 */
@Entity({ name: 'articles' })
export class ArticleRecord {
  @PrimaryColumn({ type: 'text' })
  id!: string;

  @Column({ type: 'bigint', transformer: { to: (v: number) => v, from: (v: string) => Number(v) } })
  version!: number;

  @Column({ name: 'classifier_revision', type: 'integer', default: 1 })
  classifierRevision!: number;

  @Column({ type: 'text' })
  source!: string;

  @Column({ type: 'text', nullable: true })
  url!: string | null;

  @Column({ type: 'text', nullable: true })
  title!: string | null;

  @Column({ type: 'text' })
  body!: string;

  @Index()
  @Column({ type: 'text' })
  language!: string;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  countries!: string[];

  @Index()
  @Column({ name: 'story_id', type: 'text' })
  storyId!: string;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt!: Date | null;

  @Column({ name: 'received_at', type: 'timestamptz' })
  receivedAt!: Date;

  @Column({ name: 'pub_status', type: 'text', default: 'usable' })
  pubStatus!: PubStatus;

  @Column({ name: 'embargoed_until', type: 'timestamptz', nullable: true })
  embargoedUntil!: Date | null;

  @Column({ type: 'jsonb' })
  document!: ClassifiedArticle;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
