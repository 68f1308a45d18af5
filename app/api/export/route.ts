import { getExport } from "@/lib/server/export/export-handler";
import { handle } from "@/lib/server/http";

export const dynamic = "force-dynamic";

export const GET = handle((request: Request) => getExport(request));
