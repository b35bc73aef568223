import { downloadExportFile, EXPORT_FILE_FIELDS, type ExportFile } from '../common/exportFile';
import { graphql } from '../graphql';

/** Fetches the certificate's PDF through the API (signed in, tenant-scoped) and saves it. */
export async function downloadCertificate(id: string): Promise<void> {
  const { certificatePdf } = await graphql<{ certificatePdf: ExportFile }>(`query($id: ID!) { certificatePdf(id: $id) { ${EXPORT_FILE_FIELDS} } }`, { id });
  downloadExportFile(certificatePdf);
}
