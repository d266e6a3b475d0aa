import type { Key } from 'react-aria-components';
import { ToggleButton, ToggleButtonGroup } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { DENSITIES, type Density } from './density';

/** Compact | Comfortable rows. Arrow keys move between the two; Space or Enter picks. */
export function DensityToggle({ value, onChange }: { value: Density; onChange(density: Density): void }) {
  const { t } = useTranslation();
  const choose = (keys: Set<Key>) => {
    const [picked] = [...keys];
    const density = DENSITIES.find((item) => item === picked);
    if (density) onChange(density);
  };
  return (
    <ToggleButtonGroup
      className="density-toggle"
      aria-label={t('clients.caseload.density.label')}
      selectionMode="single"
      disallowEmptySelection
      selectedKeys={[value]}
      onSelectionChange={choose}
    >
      {DENSITIES.map((density) => (
        <ToggleButton key={density} id={density} className="density-option">
          {t(`clients.caseload.density.${density}`)}
        </ToggleButton>
      ))}
    </ToggleButtonGroup>
  );
}
