/**
 * Skatteverket's check digit: modulus 10 with weights 2,1,2,… over the nine
 * digits YYMMDDNNN, adding the digits of each product.
 */
export function luhnCheckDigit(nineDigits: string): number {
  let sum = 0;
  for (let i = 0; i < nineDigits.length; i++) {
    const product = Number(nineDigits[i]) * (i % 2 === 0 ? 2 : 1);
    sum += product > 9 ? product - 9 : product;
  }
  return (10 - (sum % 10)) % 10;
}
