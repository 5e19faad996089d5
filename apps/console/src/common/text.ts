/** "(provinceSlug)", "(Unit.staffCount)": a program's name of the thing, which the sentence around it already says. */
export const withoutKeys = (text: string) => text.replace(/\s*\((?:[A-Za-z]+\.)?[a-z]+[A-Z]\w*\)/g, '');
