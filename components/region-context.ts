import { createContext } from "preact";
import type { Region } from "../content/emergency";

/** The region every urgent sentence in a view is worded for: the user's choice, or the browser's guess. */
export const RegionContext = createContext<Region>("other");
