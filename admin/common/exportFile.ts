/** An ExportFile of the API: every file it hands out (exports, infographics, certificate and report PDFs). */
export interface ExportFile {
  fileName: string;
  contentType: string;
  byteLength: number;
  base64: string;
}

/** The selection of an ExportFile in a query. */
export const EXPORT_FILE_FIELDS = 'fileName contentType byteLength base64';

/** Saves a blob as a download named `fileName`. */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Revoked a moment later: some browsers start reading the blob only after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Saves an ExportFile of the API as a download. */
export function downloadExportFile(file: Pick<ExportFile, 'fileName' | 'contentType' | 'base64'>): void {
  const binary = atob(file.base64);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  saveBlob(new Blob([bytes], { type: file.contentType }), file.fileName);
}
