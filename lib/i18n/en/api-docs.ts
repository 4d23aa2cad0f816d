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
};
