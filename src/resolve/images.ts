// Which Falco runs where the falco chart does not deploy it: the version in the image tag (a digest after it is
// ignored; `0.41.3-debian` is Falco 0.41.3; `latest` or a branch is no version).
import semver from 'semver';
import { falcoImages, type FalcoImage } from '../model/falco-images.js';
import type { RepoModel } from '../model/types.js';
import type { Release } from '../model/types.js';

export interface ResolvedImage {
  image: FalcoImage;
  /** The Falco version of the tag, when it is one. */
  falco: string | undefined;
}

const FLAVOURED = /^v?(\d+\.\d+\.\d+(?:-rc\d+)?)(?:-(?:debian|wolfi|slim|no-driver))?$/;

export function falcoVersionOfTag(tag: string | undefined): string | undefined {
  const m = tag ? FLAVOURED.exec(tag.trim()) : null;
  return m && semver.valid(m[1]) ? m[1]! : undefined;
}

/** The Falco images of the repository, but for the releases of the falco chart itself (their image is the chart's). */
export function resolveImages(model: RepoModel, releases: readonly { release: Release }[]): ResolvedImage[] {
  const chartReleases = new Set(releases.map((r) => r.release));
  return falcoImages(
    model.objects,
    model.releases.filter((r) => !chartReleases.has(r)),
  ).map((image) => ({ image, falco: falcoVersionOfTag(image.tag) }));
}
