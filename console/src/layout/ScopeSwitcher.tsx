import { MenuItem, TextField } from '@mui/material';
import { grantLabel } from '../access';
import { chooseGrant } from '../authProvider';
import { usePermissionsOrEmpty } from '../scope';

/**
 * Shown only to people with more than one grant (e.g. head office staff who also coordinate a
 * centre). One grant means one face: an org admin of one organisation never sees a picker.
 */
export function ScopeSwitcher() {
  const { grants, active } = usePermissionsOrEmpty();
  if (grants.length < 2 || !active) return null;
  return (
    <TextField
      select
      size="small"
      label="Acting as"
      value={active.id}
      onChange={(event) => {
        chooseGrant(event.target.value);
        // A new face: menus, lists and permissions all change, so start from the home page.
        window.location.assign('/');
      }}
      sx={{ width: { xs: 200, md: 380 }, flexShrink: 0, mr: 2, '& .MuiInputBase-root': { bgcolor: 'background.paper' } }}
    >
      {grants.map((grant) => (
        <MenuItem key={grant.id} value={grant.id}>
          {grantLabel(grant)}
        </MenuItem>
      ))}
    </TextField>
  );
}
