export { navigate, type NavigateOptions } from './history.ts';
export { Link, type LinkProps } from './link.tsx';
export { matchPath, type PathParams } from './match.ts';
export { Routes, type Route } from './routes.tsx';
export { updateSearchParams, useLocation, useSearchParam, type AppLocation } from './use-location.ts';
