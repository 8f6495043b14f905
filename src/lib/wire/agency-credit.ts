// Agencies as they sign copy, mapped to how the site names them in `source`. Matched
// case-insensitively, longest first, so "PA Media" wins over "PA".
const AGENCIES: Record<string, string> = {
  afp: 'AFP',
  'agence france-presse': 'AFP',
  'agence france presse': 'AFP',
  reuters: 'Reuters',
  reuter: 'Reuters',
  'thomson reuters': 'Reuters',
  ap: 'AP',
  'associated press': 'AP',
  'the associated press': 'AP',
  pa: 'PA Media',
  'pa media': 'PA Media',
  'press association': 'PA Media',
  'the press association': 'PA Media',
  dpa: 'dpa',
  'deutsche presse-agentur': 'dpa',
  ansa: 'ANSA',
  efe: 'EFE',
  'agencia efe': 'EFE',
  'europa press': 'Europa Press',
  xinhua: 'Xinhua',
  'xinhua news agency': 'Xinhua',
  kyodo: 'Kyodo',
  'kyodo news': 'Kyodo',
  jiji: 'Jiji',
  'jiji press': 'Jiji',
  yonhap: 'Yonhap',
  'yonhap news agency': 'Yonhap',
  aap: 'AAP',
  'australian associated press': 'AAP',
  cp: 'The Canadian Press',
  'canadian press': 'The Canadian Press',
  'the canadian press': 'The Canadian Press',
  bloomberg: 'Bloomberg',
  upi: 'UPI',
  'united press international': 'UPI',
  tass: 'Tass',
  interfax: 'Interfax',
  'ria novosti': 'RIA Novosti',
  anadolu: 'Anadolu',
  'anadolu agency': 'Anadolu',
  bernama: 'Bernama',
  antara: 'Antara',
  pti: 'PTI',
  'press trust of india': 'PTI',
  ians: 'IANS',
  ani: 'ANI',
  lusa: 'Lusa',
  belga: 'Belga',
  apa: 'APA',
  ntb: 'NTB',
  tt: 'TT',
  ritzau: 'Ritzau',
  ctk: 'ČTK',
  čtk: 'ČTK',
  agencies: 'Agencies',
  'news agencies': 'Agencies',
  wires: 'Agencies',
  'wire services': 'Agencies',
  'staff and agencies': 'Staff and agencies',
  'guardian staff and agencies': 'Staff and agencies',
  'staff and wire reports': 'Staff and agencies',
  'staff and wires': 'Staff and agencies',
};

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const NAMES = Object.keys(AGENCIES)
  .sort((a, b) => b.length - a.length)
  .map(escape)
  .join('|');
// A name must end at a word boundary: "AP" is not the start of "Apple".
const NAME = new RegExp(`(?:${NAMES})(?![\\p{L}\\p{N}])`, 'iuy');
const JOINER = /\s*(\/|,|&|\+|\band\b|\bwith\b)\s*/iuy;
// What may stand around the names: dashes and brackets before, brackets and a full stop after,
// and the usual framing ("With AFP", "Reuters contributed to this report").
const LEAD = /^[\s—–―-]*[([]?\s*(?:(?:with|via|source|sources|additional reporting by|reporting by)\b:?\s*)?/iu;
const TRAIL = /\s*(?:contributed to this (?:report|story)|contributed reporting)?\s*[)\]]?\s*[.]?\s*$/iu;

/**
 * The agency a wire story's last line credits ("AFP", "— Reuters", "(AP)", "AFP and Reuters",
 * "Staff and agencies"), in the site's spelling; undefined when the line is anything else,
 * such as a sentence that merely names an agency.
 */
export function readAgencyCredit(line: string): string | undefined {
  const text = line.trim();
  if (text === '' || text.length > 100) return undefined;
  const start = LEAD.exec(text)?.[0].length ?? 0;
  const trail = TRAIL.exec(text);
  const end = trail ? trail.index : text.length;
  const core = text.slice(start, end);
  const parts: string[] = [];
  let position = 0;
  for (;;) {
    NAME.lastIndex = position;
    const name = NAME.exec(core);
    if (!name) return undefined;
    parts.push(AGENCIES[name[0].toLowerCase()] ?? name[0]);
    position = NAME.lastIndex;
    if (position === core.length) break;
    JOINER.lastIndex = position;
    const joiner = JOINER.exec(core);
    if (!joiner) return undefined;
    parts.push(joinerText(joiner[1] ?? ''));
    position = JOINER.lastIndex;
  }
  return parts.join('');
}

function joinerText(joiner: string): string {
  if (joiner === '/') return '/';
  if (joiner === ',') return ', ';
  return ' and ';
}
