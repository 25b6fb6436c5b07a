// The Check-ins sheet read back as the benches wrote it: the source of truth for "every
// check-in is in the log exactly once".

/** The log's rows with a request ID, in sheet order: `{ requestId, id, value }`. */
export function logEntries(spreadsheet) {
  const sheet = spreadsheet.getSheetByName('Check-ins');
  if (sheet === null) throw new Error('the tracker has no Check-ins sheet');
  const [header, ...rows] = sheet.getDataRange().getValues();
  const column = (name) => {
    const index = header.findIndex((h) => String(h).trim() === name);
    if (index < 0) throw new Error(`the Check-ins sheet has no ${name} column`);
    return index;
  };
  const [requestId, id, value] = [column('Request ID'), column('ID'), column('Value')];
  return rows.filter((row) => row[requestId] !== '').map((row) => ({ requestId: row[requestId], id: row[id], value: row[value] }));
}
