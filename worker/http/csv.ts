// CSV cells as spreadsheets read them safely: a cell that would start a formula gets a leading
// apostrophe; cells with separators, quotes or line breaks are quoted.
export const csvCell = (v: string) => {
  const safe = /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
  return /[",\n\r;]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};
