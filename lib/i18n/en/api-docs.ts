export const apiDocs = {
  title: "JSON API",
  machineReadable: "The same, as an OpenAPI 3.1 document:",
  parameters: "Parameters",
  name: "Name",
  where: "In",
  type: "Type",
  required: "Required",
  yes: "yes",
  no: "no",
  /** Under GET /api/export/entities.csv: what its `lang` parameter changes. */
  csvLanguage:
    "lang=ko gives the header line in Korean (the download link of the Korean pages asks for it). The columns, their order and the cells stay the same, so a program reading the file by column position is not affected; one reading it by header name should leave lang out.",
};
