/**
 * IMO ship numbers: seven digits, the last a check digit. Multiply the first six
 * digits by 7, 6, 5, 4, 3, 2; the last digit of the sum is the check digit.
 * IMO company numbers also have seven digits but no check digit of this kind.
 */
export function imoCheckDigitValid(value: string): boolean {
  if (!/^\d{7}$/.test(value)) return false;
  let sum = 0;
  for (let i = 0; i < 6; i++) sum += Number(value[i]) * (7 - i);
  return sum % 10 === Number(value[6]);
}
