import terms from "virtual:sciatica-lens/search-terms";

// Its own module so that a dynamic import puts the search words in a chunk of their own.
export default terms;
