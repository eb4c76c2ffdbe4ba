export const pluginName = '@communique/eleventy-plugin';

/** A problem with how the plugin was set up or with what it was asked to publish. */
export class CommuniquePluginError extends Error {
  override readonly name = 'CommuniquePluginError';
}
