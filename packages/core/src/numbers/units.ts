/** Units written glued to a number (`10km`, `5kg`, `24h`): the number is still a quantity. */
const gluedUnit =
  /^(?:km²|km2|km|kg|ha|mm|cm|m²|m³|m|t|l|kWh|MWh|GWh|kW|MW|GW|h|x|км²|км|кг|га|м²|м|т|МВт|кВт|ГВт)(?![\p{L}\p{N}])/u;

/** Letters that glued to a number make it a code (`5G`, `3D`, `1990s`). */
const codeLetter = /^[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}_]/u;

/** Whether the text right after a number's digits turns the number into a code. */
export function gluedToCode(after: string): boolean {
  return codeLetter.test(after) && !gluedUnit.test(after);
}
