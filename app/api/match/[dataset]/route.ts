/**
 * yente serves its matcher at /match/{dataset} (`/match/default`, `/match/sanctions`), and its
 * clients are configured with that path: the same endpoint here, the dataset accepted and
 * ignored, since the tracker screens against everything it holds.
 */
export { GET, POST } from "../route";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";
