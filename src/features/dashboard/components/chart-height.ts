/** A card's chart height, which its loading state keeps free (the chart's code is a lazy chunk). */
export const CHART_HEIGHT = 180;
