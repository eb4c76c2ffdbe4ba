// Types for the parts of Eleventy 3 that Communiqué uses. Eleventy ships JavaScript with JSDoc
// only, so without these every use would be `any`.

declare module '@11ty/eleventy' {
  /** The directories of a build, as Eleventy normalises them (`./site/pages/`). */
  export interface EleventyDirectories {
    readonly input: string;
    readonly output: string;
    readonly includes: string;
    readonly data: string;
  }

  export interface EleventyEventArguments {
    readonly directories: EleventyDirectories;
    readonly runMode: 'build' | 'serve' | 'watch';
    readonly outputMode: 'fs' | 'json' | 'ndjson';
    readonly incremental: boolean;
    /** What the build wrote (`eleventy.after` only). */
    readonly results?: readonly { readonly outputPath: string | false; readonly url: string | false }[];
  }

  export interface EleventyPassthroughCopyOptions {
    readonly [option: string]: unknown;
  }

  /** The `eleventyConfig` object that configuration files and plugins receive. */
  export interface UserConfig {
    readonly directories: EleventyDirectories;
    versionCheck(range: string): void;
    addPlugin<Options>(plugin: (config: UserConfig, options: Options) => unknown, options?: Options): unknown;
    addGlobalData(name: string, value: unknown): UserConfig;
    addFilter(name: string, filter: (...args: never[]) => unknown): void;
    addWatchTarget(target: string, options?: { resetConfig?: boolean }): void;
    addPassthroughCopy(
      target: string | Record<string, string>,
      options?: EleventyPassthroughCopyOptions,
    ): UserConfig;
    addExtension(extensions: string | readonly string[], options: { key: string }): void;
    addTemplateFormats(formats: string | readonly string[]): void;
    addTemplate(virtualPath: string, content: unknown, data?: Record<string, unknown>): void;
    /** Runs on each template's data before it renders; returning `false` skips the template. */
    addPreprocessor(
      name: string,
      extensions: string | readonly string[],
      callback: (data: unknown, content: unknown) => unknown,
    ): void;
    setInputDirectory(dir: string): UserConfig;
    setIncludesDirectory(dir: string): UserConfig;
    setDataDirectory(dir: string): UserConfig;
    setOutputDirectory(dir: string): UserConfig;
    setQuietMode(quiet: boolean): void;
    on(
      event: 'eleventy.before' | 'eleventy.after',
      listener: (args: EleventyEventArguments) => unknown,
    ): void;
    on(event: string, listener: (...args: never[]) => unknown): void;
  }

  /** One rendered page, as `toJSON()` returns it. */
  export interface EleventyJsonPage {
    readonly url: string | false;
    readonly inputPath: string;
    readonly outputPath: string | false;
    readonly rawInput: string;
    readonly content: string;
  }

  export interface EleventyOptions {
    readonly configPath?: string | false;
    readonly config?: (eleventyConfig: UserConfig) => void | Promise<void>;
    readonly quietMode?: boolean;
    readonly runMode?: 'build' | 'serve' | 'watch';
    readonly pathPrefix?: string;
    /** How to import templates and config: `auto` reads `type` from the working directory's package.json. */
    readonly loader?: 'esm' | 'cjs' | 'auto';
  }

  export class Eleventy {
    constructor(input?: string, output?: string, options?: EleventyOptions);
    disableLogger(): void;
    init(): Promise<void>;
    restart(): Promise<void>;
    write(): Promise<[unknown[], EleventyJsonPage[]]>;
    toJSON(): Promise<EleventyJsonPage[]>;
  }
}
