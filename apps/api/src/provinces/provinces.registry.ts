import { Injectable } from '@nestjs/common';
import type { CountryMap, ProvinceManifest } from '@thidua/domain';
import { compareVietnamese } from '@thidua/domain';
import type { LoadedProvince } from './discover.js';
import { notFound } from '../common/errors.js';

/**
 * The provinces and the country's map loaded at start-up. Read-only: criteria edits live in the database
 * (CriteriaService).
 */
@Injectable()
export class ProvincesRegistry {
  private readonly bySlug: Map<string, LoadedProvince>;

  constructor(
    provinces: LoadedProvince[],
    readonly countryMap: CountryMap,
  ) {
    this.bySlug = new Map(
      [...provinces]
        .sort((a, b) => compareVietnamese(a.manifest.name, b.manifest.name))
        .map((p) => [p.manifest.slug, p]),
    );
  }

  all(): LoadedProvince[] {
    return [...this.bySlug.values()];
  }

  has(slug: string): boolean {
    return this.bySlug.has(slug);
  }

  /** The manifest, or a 404 naming the slug. */
  get(slug: string): ProvinceManifest {
    return this.loaded(slug).manifest;
  }

  loaded(slug: string): LoadedProvince {
    const p = this.bySlug.get(slug);
    if (!p) throw notFound(`Không có tỉnh "${slug}" / no province "${slug}"`);
    return p;
  }
}
