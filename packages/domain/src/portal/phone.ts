/** A mainland China mobile number (11 digits, 1[3-9]…): the only kind an SMS code can be sent to. */
export const MOBILE_PATTERN = /^1[3-9]\d{9}$/;

export const isMobile = (phone: string) => MOBILE_PATTERN.test(phone);

/** 138****5678: a number as residents and staff see it by default. */
export const maskPhone = (phone: string) => phone.replace(/^(\d{3})\d+(\d{4})$/, '$1****$2');
