import { graphql } from '../graphql';

/** Fetches the certificate's PDF through the API (signed in, tenant-scoped) and saves it. */
export async function downloadCertificate(id: string): Promise<void> {
  const { certificatePdf } = await graphql<{ certificatePdf: { fileName: string; contentType: string; base64: string } }>(
    'query($id: ID!) { certificatePdf(id: $id) { fileName contentType base64 } }',
    { id },
  );
  const bytes = Uint8Array.from(atob(certificatePdf.base64), (character) => character.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: certificatePdf.contentType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = certificatePdf.fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
