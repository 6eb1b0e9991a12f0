// The one way a flow's text templates are filled: `{name}` stands for a value, a missing one for nothing.
export const fillTemplate = (template: string, vars: Record<string, string>): string => template.replace(/\{(\w+)\}/g, (_, k: string) => vars[k] ?? '');
