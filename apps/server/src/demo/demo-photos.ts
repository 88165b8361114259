import sharp from 'sharp';

/**
 * The demo's before/after photos: a drawn stairwell landing with and without clutter. Drawn once
 * per process and uploaded through the files module like any photo, once per person who needs them.
 */
const scene = (
  cluttered: boolean,
) => `<svg xmlns="http://www.w3.org/2000/svg" width="320" height="240" viewBox="0 0 640 480">
  <rect width="320" height="240" viewBox="0 0 640 480" fill="#d5dbe0"/>
  <rect y="320" width="640" height="160" fill="#a3aaae"/>
  <rect x="60" y="90" width="160" height="230" fill="#ebe5d9" stroke="#7d7468" stroke-width="5"/>
  <rect x="100" y="150" width="80" height="170" fill="#6b4f3a"/>
  <rect x="400" y="60" width="180" height="120" fill="#a9c4d8" stroke="#55606a" stroke-width="5"/>
  <line x1="490" y1="60" x2="490" y2="180" stroke="#55606a" stroke-width="4"/>
  ${
    cluttered
      ? `<rect x="250" y="270" width="120" height="95" fill="#b07b45"/>
         <rect x="300" y="215" width="95" height="80" fill="#c48e55"/>
         <rect x="420" y="300" width="150" height="75" fill="#8b6a4a"/>
         <circle cx="230" cy="390" r="30" fill="#3f4a52"/>
         <circle cx="300" cy="395" r="30" fill="#3f4a52"/>`
      : '<rect x="260" y="352" width="320" height="10" fill="#7fb069"/>'
  }
</svg>`;

let drawn: Promise<{ before: Buffer; after: Buffer }> | undefined;

export function demoPhotos(): Promise<{ before: Buffer; after: Buffer }> {
  drawn ??= Promise.all(
    [false, true].map((clean) =>
      sharp(Buffer.from(scene(!clean)))
        .jpeg({ quality: 72 })
        .toBuffer(),
    ),
  ).then(([before, after]) => ({ before: before!, after: after! }));
  return drawn;
}
