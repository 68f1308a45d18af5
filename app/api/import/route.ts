import { handle } from "@/lib/server/http";
import { postImport } from "@/lib/server/import/import-handler";

export const dynamic = "force-dynamic";

export const POST = handle((request: Request) => postImport(request));
