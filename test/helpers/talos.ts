// Talos configs for the tests of the talos/* rules.

/** A talhelper config for one Secure Boot node whose schematic has these extraKernelArgs. */
export const secureBootTalconfig = (args: string[], version = 'v1.13.9') => `clusterName: home
talosVersion: ${version}
nodes:
  - hostname: cp1
    controlPlane: true
    machineSpec:
      secureboot: true
    schematic:
      customization:
        extraKernelArgs:
${args.map((a) => `          - ${a}`).join('\n')}
`;

/** A repository of that one talconfig. */
export const secureBootNode = (args: string[], version?: string) => ({
  'talconfig.yaml': secureBootTalconfig(args, version),
});
