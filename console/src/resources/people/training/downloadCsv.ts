/** Hands a CSV written by the server to the browser as a download named `name`. */
export function downloadCsv(csv: string, name: string): void {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
  link.download = name;
  link.click();
  URL.revokeObjectURL(link.href);
}

/** Letters and digits of a name, for a file name ("St Anne's Centre" → "St-Anne-s-Centre"). */
export function fileNamePart(name: string): string {
  return name.replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '');
}
