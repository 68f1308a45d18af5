// A checker of what the XLIFF 2.0 core specification (OASIS Standard, 2014, §4) requires of a document, plus the
// Metadata module's structure: the elements, their order and cardinality, required attributes, enumerated values,
// unique ids, and the language constraints. It returns the violations, so a test can show both a valid export and
// the checker catching a broken one.
import { SaxesParser } from "saxes";

const CORE = "urn:oasis:names:tc:xliff:document:2.0";
const MDA = "urn:oasis:names:tc:xliff:metadata:2.0";
const XML_NS = "http://www.w3.org/XML/1998/namespace";

interface Node {
  uri: string;
  local: string;
  attributes: Map<string, string>; // "local" for no namespace, "xml:local" for the xml namespace
  children: Node[];
  text: string;
}

function parse(xml: string): Node {
  const parser = new SaxesParser({ xmlns: true });
  const stack: Node[] = [];
  let root: Node | null = null;
  parser.on("opentag", (tag) => {
    const attributes = new Map<string, string>();
    for (const a of Object.values(tag.attributes)) {
      if (a.uri === XML_NS) attributes.set(`xml:${a.local}`, a.value);
      else if (a.uri === "" && a.prefix === "") attributes.set(a.local, a.value);
    }
    const node: Node = { uri: tag.uri, local: tag.local, attributes, children: [], text: "" };
    stack.at(-1)?.children.push(node);
    root ??= node;
    stack.push(node);
  });
  parser.on("text", (t) => {
    if (stack.length > 0) stack.at(-1)!.text += t;
  });
  parser.on("closetag", () => stack.pop());
  parser.write(xml).close();
  if (!root) throw new Error("no root");
  return root;
}

const NMTOKEN = /^[\p{L}\p{N}._:-]+$/u;
const DIR = new Set(["ltr", "rtl", "auto"]);
const STATE = new Set(["initial", "translated", "reviewed", "final"]);
const YES_NO = new Set(["yes", "no"]);

export function checkXliff2(xml: string): string[] {
  const problems: string[] = [];
  const fail = (message: string) => problems.push(message);
  const root = parse(xml);
  const isCore = (n: Node, local: string) => n.uri === CORE && n.local === local;

  if (!isCore(root, "xliff")) return [`root is {${root.uri}}${root.local}, not core xliff`];
  if (root.attributes.get("version") !== "2.0") fail(`xliff/@version is ${root.attributes.get("version")}, not 2.0`);
  const srcLang = root.attributes.get("srcLang");
  const trgLang = root.attributes.get("trgLang");
  if (!srcLang) fail("xliff/@srcLang is required");
  const files = root.children;
  if (files.length === 0) fail("xliff needs at least one file");
  const fileIds = new Set<string>();
  let hasTarget = false;

  for (const file of files) {
    if (!isCore(file, "file")) {
      fail(`xliff may hold only file elements, found ${file.local}`);
      continue;
    }
    const id = file.attributes.get("id");
    if (!id || !NMTOKEN.test(id)) fail(`file/@id is required and an NMTOKEN (got ${id})`);
    else if (fileIds.has(id)) fail(`file id ${id} is not unique`);
    else fileIds.add(id);
    for (const a of ["srcDir", "trgDir"]) if (file.attributes.has(a) && !DIR.has(file.attributes.get(a)!)) fail(`file/@${a} must be ltr, rtl or auto`);
    if (file.attributes.has("xml:space") && !["default", "preserve"].includes(file.attributes.get("xml:space")!)) fail("file/@xml:space is default or preserve");
    // skeleton?, other namespaces*, notes?, (unit | group)+
    let stage = 0;
    let units = 0;
    const unitIds = new Set<string>();
    for (const child of file.children) {
      const order = isCore(child, "skeleton") ? 0 : child.uri !== CORE ? 1 : isCore(child, "notes") ? 2 : isCore(child, "unit") || isCore(child, "group") ? 3 : -1;
      if (order === -1) fail(`unexpected core element ${child.local} in file`);
      else if (order < stage) fail(`${child.local} is out of order in file ${id}`);
      else stage = order;
      if (child.uri === MDA) checkMetadata(child, fail);
      if (isCore(child, "unit")) {
        units++;
        hasTarget = checkUnit(child, unitIds, srcLang, trgLang, fail) || hasTarget;
      }
    }
    if (units === 0) fail(`file ${id} holds no unit`);
  }
  if (hasTarget && !trgLang) fail("xliff/@trgLang is required when a target is present");
  return problems;
}

function checkUnit(unit: Node, ids: Set<string>, srcLang: string | undefined, trgLang: string | undefined, fail: (m: string) => void): boolean {
  const id = unit.attributes.get("id");
  if (!id || !NMTOKEN.test(id)) fail(`unit/@id is required and an NMTOKEN (got ${id})`);
  else if (ids.has(id)) fail(`unit id ${id} is not unique in its file`);
  else ids.add(id);
  for (const a of ["srcDir", "trgDir"]) if (unit.attributes.has(a) && !DIR.has(unit.attributes.get(a)!)) fail(`unit/@${a} must be ltr, rtl or auto`);
  for (const a of ["translate", "canResegment"]) if (unit.attributes.has(a) && !YES_NO.has(unit.attributes.get(a)!)) fail(`unit/@${a} must be yes or no`);
  // other namespaces*, notes?, originalData?, (segment | ignorable)+
  let stage = 0;
  let segments = 0;
  let hasTarget = false;
  for (const child of unit.children) {
    const order = child.uri !== "urn:oasis:names:tc:xliff:document:2.0" ? 0 : child.local === "notes" ? 1 : child.local === "originalData" ? 2 : child.local === "segment" || child.local === "ignorable" ? 3 : -1;
    if (order === -1) fail(`unexpected core element ${child.local} in unit ${id}`);
    else if (order < stage) fail(`${child.local} is out of order in unit ${id}`);
    else stage = order;
    if (child.uri === MDA) checkMetadata(child, fail);
    if (child.local === "segment" || child.local === "ignorable") {
      segments++;
      if (child.local === "segment" && child.attributes.has("state") && !STATE.has(child.attributes.get("state")!)) fail(`segment/@state ${child.attributes.get("state")} is not a core state`);
      const [source, target, ...rest] = child.children;
      if (!source || source.local !== "source") fail(`${child.local} in unit ${id} must start with source`);
      if (target && target.local !== "target") fail(`${child.local} in unit ${id}: after source only target`);
      if (rest.length > 0) fail(`${child.local} in unit ${id} holds more than source and target`);
      if (source?.attributes.has("xml:lang") && source.attributes.get("xml:lang") !== srcLang) fail("source/@xml:lang must equal srcLang");
      if (target) {
        hasTarget = true;
        if (target.attributes.has("xml:lang") && target.attributes.get("xml:lang") !== trgLang) fail("target/@xml:lang must equal trgLang");
      }
      if (child.attributes.get("state") && child.attributes.get("state") !== "initial" && !target) fail(`segment in unit ${id} has state ${child.attributes.get("state")} but no target`);
    }
  }
  if (segments === 0) fail(`unit ${id} holds no segment`);
  return hasTarget;
}

// mda:metadata holds mda:metaGroup+; a metaGroup holds (mda:meta | mda:metaGroup)+; a meta has a type.
function checkMetadata(node: Node, fail: (m: string) => void): void {
  if (node.local !== "metadata") return fail(`unexpected module element ${node.local}`);
  if (node.children.length === 0 || node.children.some((c) => c.uri !== MDA || c.local !== "metaGroup")) fail("mda:metadata must hold one or more mda:metaGroup");
  const group = (g: Node): void => {
    if (g.children.length === 0) fail("mda:metaGroup must not be empty");
    for (const c of g.children) {
      if (c.uri === MDA && c.local === "metaGroup") group(c);
      else if (c.uri === MDA && c.local === "meta") {
        if (!c.attributes.get("type")) fail("mda:meta/@type is required");
      } else fail(`mda:metaGroup may not hold ${c.local}`);
    }
    if (g.attributes.has("appliesTo") && !["source", "target", "ignorable"].includes(g.attributes.get("appliesTo")!)) fail("mda:metaGroup/@appliesTo is source, target or ignorable");
  };
  node.children.forEach(group);
}
