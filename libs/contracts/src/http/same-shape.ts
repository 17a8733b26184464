/**
 * Compile-time proof that a response schema describes exactly a type declared elsewhere (a
 * workflow's view, which workflow code declares as an interface): `sameShape<View, z.infer<typeof
 * viewSchema>>(true)` fails to compile the moment either side gains, loses or changes a field.
 */
export type SameShape<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export const sameShape = <A, B>(proof: SameShape<A, B>): SameShape<A, B> => proof;
