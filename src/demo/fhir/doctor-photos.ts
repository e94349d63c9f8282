/**
 * Portraits for some demo doctors, inline in Practitioner.photo (an R4
 * Attachment with `data`), so the portal shows a photo without any request
 * to another host. Drawn, not photographed: a head-and-shoulders silhouette
 * on a colour of the doctor's own.
 */
const COLOURS: Readonly<Record<string, string>> = {
  'wang-jianguo': '#3b6e8f',
  'li-xiuying': '#8f5a3b',
  'chen-jing': '#5a3b8f',
  'zhou-min': '#2f7d6b',
};

function portrait(colour: string): string {
  return (
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 120 120">' +
    `<rect width="120" height="120" fill="${colour}"/>` +
    '<circle cx="60" cy="46" r="22" fill="#f1d9c4"/>' +
    '<path d="M18 120c4-30 22-44 42-44s38 14 42 44z" fill="#ffffff"/>' +
    '<path d="M52 76h16l-8 16z" fill="#9bc4e2"/>' +
    '</svg>'
  );
}

/** The doctor's photo as an R4 Attachment list, or none. */
export function doctorPhoto(key: string): Array<{ contentType: string; data: string }> | undefined {
  const colour = COLOURS[key];
  return colour ? [{ contentType: 'image/svg+xml', data: btoa(portrait(colour)) }] : undefined;
}
