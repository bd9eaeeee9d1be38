import { ConsoleLink } from '../console-link.tsx';

/**
 * A person named by id, linking to their page. Check-in lists carry ids, not names (a name would be one
 * more personal read per row); the first eight characters tell rows apart, the whole id is in the title.
 */
export function PersonLink({ id }: { id: string }) {
  return (
    <ConsoleLink to={`/console/people/${encodeURIComponent(id)}`} className="mono" title={id}>
      {id.slice(0, 8)}
    </ConsoleLink>
  );
}
