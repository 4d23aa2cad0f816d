import { admin } from "./admin";
import { announcements } from "./announcements";
import { apiDocs } from "./api-docs";
import { auth } from "./auth";
import { changes } from "./changes";
import { common } from "./common";
import { entities } from "./entities";
import { errors } from "./errors";
import { exportControls } from "./export-controls";
import { exportMessages } from "./exports";
import { history } from "./history";
import { home } from "./home";
import { matching } from "./matching";
import { referenceNames } from "./reference-names";
import { screening } from "./screening";
import { search } from "./search";
import { sources } from "./sources";
import { watchlists } from "./watchlists";

/** The English catalog, one module per page or concern. */
export const en = {
  common,
  changes,
  home,
  entities,
  announcements,
  history,
  exportControls,
  sources,
  exports: exportMessages,
  search,
  screening,
  matching,
  watchlists,
  auth,
  admin,
  errors,
  apiDocs,
  referenceNames,
};
