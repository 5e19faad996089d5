import type { ProvinceManifest } from '@thidua/domain';
import { useGetOne, useStore } from 'react-admin';
import { session } from '../providers/session';

/** The province the user works in; a national administrator picks one (remembered on this browser). */
export function useProvinceSlug(): [string | null, (slug: string) => void] {
  const [picked, setPicked] = useStore<string | null>('thidua.province', session.province());
  const own = session.user()?.provinceSlug;
  const pick = (slug: string) => {
    session.pickProvince(slug);
    setPicked(slug);
  };
  return [own ?? picked, pick];
}

/** The plan of the current province as its plugin declares it (criteria edited since live under /criteria). */
export function useProvince(): { slug: string | null; manifest: ProvinceManifest | undefined; isPending: boolean } {
  const [slug] = useProvinceSlug();
  const { data, isPending } = useGetOne<ProvinceManifest & { id: string }>(
    'provinces',
    { id: slug ?? '' },
    { enabled: !!slug, staleTime: 10 * 60_000 },
  );
  return { slug, manifest: data, isPending: !!slug && isPending };
}
