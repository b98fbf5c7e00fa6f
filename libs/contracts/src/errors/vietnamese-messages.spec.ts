import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as ts from 'typescript';
import { AppError, INVALID_INPUT_MESSAGE } from './app-error';

/**
 * Users read an error's `message` (the desk app shows it as it comes): it must be Vietnamese. This scans the services,
 * the gateway and the libraries for every message written where an error is built, and fails on one without a single
 * Vietnamese letter, e.g. 'invalid input' or 'session not found'. Messages computed elsewhere (a parameter, a
 * function's result) are not followed; constants of the same file are.
 */
const ROOT = join(__dirname, '../../../..');
const SKIPPED_PROJECTS = new Set(['web', 'web-e2e', 'e2e', 'bench']);
const VIETNAMESE = /[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]/iu;
/** Nest's exceptions whose first argument becomes the answer's message. */
const NEST_EXCEPTIONS = /^(BadRequest|Unauthorized|Forbidden|NotFound|Conflict|UnprocessableEntity|Gone|PayloadTooLarge|UnsupportedMediaType|ServiceUnavailable)Exception$/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name.startsWith('__') || name === 'node_modules' ? [] : sourceFiles(path);
    return /\.ts$/.test(name) && !/\.(spec|int-spec|e2e-spec|property\.int-spec)\.ts$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

function projectSources(): string[] {
  return ['apps', 'libs'].flatMap((kind) =>
    readdirSync(join(ROOT, kind))
      .filter((project) => !SKIPPED_PROJECTS.has(project))
      .map((project) => join(ROOT, kind, project, 'src'))
      .filter((src) => statSync(src, { throwIfNoEntry: false })?.isDirectory())
      .flatMap(sourceFiles),
  );
}

interface Written {
  where: string;
  text: string;
}

/** Every message written where an error is built in one file: its static text (a template's literal parts). */
function writtenMessages(path: string, text = readFileSync(path, 'utf8')): Written[] {
  if (!/AppError|Exception\(|RateLimitedError|code:/.test(text)) return [];
  const file = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true);
  const constants = new Map<string, ts.Expression>();
  const collect = (node: ts.Node): void => {
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer) constants.set(node.name.text, node.initializer);
    ts.forEachChild(node, collect);
  };
  collect(file);

  /** The static texts an expression may take; undefined when it is not written here. */
  const texts = (expr: ts.Expression | undefined, depth = 0): string[] | undefined => {
    if (!expr || depth > 4) return undefined;
    if (ts.isStringLiteral(expr) || ts.isNoSubstitutionTemplateLiteral(expr)) return [expr.text];
    if (ts.isTemplateExpression(expr)) return [expr.head.text + expr.templateSpans.map((s) => s.literal.text).join(' ')];
    if (ts.isParenthesizedExpression(expr) || ts.isAsExpression(expr)) return texts(expr.expression, depth + 1);
    if (ts.isConditionalExpression(expr)) return [...(texts(expr.whenTrue, depth + 1) ?? []), ...(texts(expr.whenFalse, depth + 1) ?? [])];
    if (ts.isIdentifier(expr)) return texts(constants.get(expr.text), depth + 1);
    const object = ts.isPropertyAccessExpression(expr) || ts.isElementAccessExpression(expr) ? expr.expression : undefined;
    if (object && ts.isIdentifier(object)) {
      const literal = constants.get(object.text);
      if (!literal || !ts.isObjectLiteralExpression(literal)) return undefined;
      const wanted = ts.isPropertyAccessExpression(expr) ? expr.name.text : undefined;
      return literal.properties.flatMap((p) =>
        ts.isPropertyAssignment(p) && (wanted === undefined || p.name.getText(file).replace(/['"]/g, '') === wanted) ? (texts(p.initializer, depth + 1) ?? []) : [],
      );
    }
    return undefined;
  };

  const found: Written[] = [];
  const add = (expr: ts.Expression | undefined, node: ts.Node): void => {
    const where = `${relative(ROOT, path)}:${file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1}`;
    for (const t of texts(expr) ?? []) found.push({ where, text: t });
  };
  /** Where a `super(…)` call carries the message: AppError(status, code, message), RateLimitedError(code, message, …). */
  const superMessageIndex = (node: ts.Node): number | undefined => {
    for (let n: ts.Node | undefined = node; n; n = n.parent) {
      if (!ts.isClassDeclaration(n)) continue;
      const base = n.heritageClauses?.flatMap((h) => h.types.map((t) => t.expression.getText(file)))[0];
      return base === 'AppError' ? 2 : base === 'RateLimitedError' ? 1 : undefined;
    }
    return undefined;
  };
  const property = (literal: ts.ObjectLiteralExpression, name: string) =>
    literal.properties.find((p): p is ts.PropertyAssignment => ts.isPropertyAssignment(p) && p.name.getText(file) === name);

  const visit = (node: ts.Node): void => {
    if (ts.isNewExpression(node) || ts.isCallExpression(node)) {
      const callee = node.expression.getText(file);
      const args = node.arguments ?? ts.factory.createNodeArray<ts.Expression>();
      if (ts.isNewExpression(node) && callee === 'AppError') add(args[2], node);
      else if (ts.isNewExpression(node) && callee === 'RateLimitedError') add(args[1], node);
      else if (ts.isNewExpression(node) && NEST_EXCEPTIONS.test(callee)) {
        const first = args[0];
        if (first && ts.isObjectLiteralExpression(first)) add(property(first, 'message')?.initializer, node);
        else add(first, node);
      } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.SuperKeyword) {
        const index = superMessageIndex(node);
        if (index !== undefined) add(args[index], node);
      } else if (callee === 'AppError.invalid') add(args[1], node);
      else if (callee === 'AppError.notFound' || callee === 'AppError.forbidden') add(args[0], node);
      else if (callee === 'AppError.conflict' || callee === 'AppError.rule') add(args[1], node);
    }
    // An error body written out: { status, code, message } (the RPC server's, the gateway's own answers).
    if (ts.isObjectLiteralExpression(node) && (property(node, 'status') || property(node, 'statusCode')) && property(node, 'code') && property(node, 'message')) {
      add(property(node, 'message')!.initializer, node);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

describe('error messages users read are Vietnamese', () => {
  it('the helpers’ own wording: a 400’s default message, a 404’s “Không tìm thấy …”', () => {
    expect(AppError.invalid([{ field: 'x', reason: 'là bắt buộc' }]).message).toBe(INVALID_INPUT_MESSAGE);
    expect(AppError.notFound('hồ sơ').message).toBe('Không tìm thấy hồ sơ');
    expect(INVALID_INPUT_MESSAGE).toMatch(VIETNAMESE);
  });

  it('every message written where an error is built has a Vietnamese letter', () => {
    const messages = projectSources().flatMap((path) => writtenMessages(path));
    expect(messages.length).toBeGreaterThan(120); // the scan still finds them (149 when written; fewer as copies are merged)
    const english = messages.filter((m) => !VIETNAMESE.test(m.text.normalize('NFC'))).map((m) => `${m.where}: ${m.text}`);
    expect(english).toEqual([]);
  });

  it('the scan finds messages however the error is built', () => {
    const sample = `
      const REFUSAL = { office: 'only office staff', desk: 'chỉ cán bộ một cửa' };
      const GONE = 'session ended';
      class KeyReused extends AppError { constructor() { super(409, 'reused', \`key used for \${x}\`); } }
      throw AppError.invalid(fields, 'invalid input');
      throw AppError.notFound('session');
      throw AppError.forbidden(REFUSAL[side]);
      throw AppError.conflict('stale', ok ? 'Đã đổi' : 'reload it');
      throw new AppError(401, 'gone', GONE);
      throw new BadRequestException({ code: 'invalid_input', message: 'bad', fields });
      return { status: 500, code: 'internal_error', message: 'internal error' };`;
    const english = writtenMessages(join(ROOT, 'sample.ts'), sample)
      .filter((m) => !VIETNAMESE.test(m.text))
      .map((m) => m.text);
    expect(english).toEqual(['key used for ', 'invalid input', 'session', 'only office staff', 'reload it', 'session ended', 'bad', 'internal error']);
  });
});
