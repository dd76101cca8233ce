import { useEffect, useState } from "preact/hooks";
import { listRecovered, watchRecovered, type Recovered } from "../utils/storage/recovered";

/** Stored values that could not be read and were kept aside, live. */
export function useRecovered(): Recovered[] {
  const [list, setList] = useState<Recovered[]>([]);
  useEffect(() => {
    let alive = true;
    void listRecovered().then((found) => alive && setList(found));
    const unwatch = watchRecovered(setList);
    return () => {
      alive = false;
      unwatch();
    };
  }, []);
  return list;
}
