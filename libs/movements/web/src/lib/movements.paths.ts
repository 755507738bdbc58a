/** Where the movement and pledge pages live, for links and redirects. */
export const MOVEMENTS_PATHS = {
  movements: '/movements',
  newMovement: '/movements/new',
} as const;

export function movementPath(id: string): string {
  return `${MOVEMENTS_PATHS.movements}/${id}`;
}

export function movementEditPath(id: string): string {
  return `${movementPath(id)}/edit`;
}
