import { z } from 'zod';

/** The keys an object schema accepts at `path`, for "did you mean" suggestions. */
export function knownKeysAt(schema: z.ZodType, path: readonly (string | number)[]): string[] {
  let current: z.ZodType | undefined = schema;
  for (const segment of path) {
    current = current ? childOf(unwrap(current), segment) : undefined;
  }
  const object = current ? findObject(unwrap(current)) : undefined;
  return object ? Object.keys(object.shape) : [];
}

function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema;
  while (
    current instanceof z.ZodOptional ||
    current instanceof z.ZodDefault ||
    current instanceof z.ZodNullable
  ) {
    current = current.unwrap() as z.ZodType;
  }
  return current;
}

function findObject(schema: z.ZodType): z.ZodObject | undefined {
  if (schema instanceof z.ZodObject) return schema;
  if (schema instanceof z.ZodUnion) {
    for (const option of schema.options as z.ZodType[]) {
      const found = findObject(unwrap(option));
      if (found) return found;
    }
  }
  return undefined;
}

function childOf(schema: z.ZodType, segment: string | number): z.ZodType | undefined {
  if (schema instanceof z.ZodArray) return schema.element as z.ZodType;
  if (schema instanceof z.ZodRecord) return schema.valueType as z.ZodType;
  const object = findObject(schema);
  if (object && typeof segment === 'string') return object.shape[segment] as z.ZodType | undefined;
  if (schema instanceof z.ZodUnion) {
    for (const option of schema.options as z.ZodType[]) {
      const child = childOf(unwrap(option), segment);
      if (child) return child;
    }
  }
  return undefined;
}
