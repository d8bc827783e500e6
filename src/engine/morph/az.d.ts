// The `az` package (Az.js, OpenCorpora morphology) ships without type declarations: the part used here.
declare module 'az' {
  interface AzTag {
    POS: string;
    stat: readonly string[];
    flex: readonly string[];
    toString(): string;
  }
  interface AzParse {
    word: string;
    tag: AzTag;
    score: number;
    parser: string;
    stutterCnt: number;
    typosCnt: number;
    normalize(keepPOS?: boolean): AzParse | false;
  }
  type Loader = (url: string, responseType: 'json' | 'arraybuffer', callback: (err: unknown, data?: unknown) => void) => void;
  interface AzMorph {
    (word: string, config?: Record<string, unknown>): AzParse[];
    init(path: string, callback: (err: unknown) => void): void;
  }
  const Az: { load: Loader; Morph: AzMorph };
  export default Az;
}
