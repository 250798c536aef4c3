import { Alert, Box, Button, Card, CardContent, TextField, Typography } from '@mui/material';
import { useState, type FormEvent } from 'react';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { HttpError } from 'react-admin';
import { useConsoleDataProvider } from '../dataProvider';

/** The page an invitation link opens: choose a password, then sign in. No layout, no session. */
export function AcceptInvite() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const dataProvider = useConsoleDataProvider();
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    try {
      const { data: accepted } = await dataProvider.acceptInvite({ token: params.get('token') ?? '', password });
      setDone(accepted === true);
    } catch (e) {
      // The server's own words (a weak password, a used link); anything else, a plain apology.
      setError(e instanceof HttpError ? e.message : 'Something went wrong; please try again');
    }
  };
  return (
    <Box display="flex" justifyContent="center" mt={8} px={2}>
      <Card sx={{ maxWidth: 440, width: '100%' }}>
        <CardContent component="form" onSubmit={submit}>
          <Typography variant="h5" component="h1" gutterBottom>
            Choose your password
          </Typography>
          {done ? (
            <>
              <Alert severity="success">Your password is set.</Alert>
              <Button sx={{ mt: 2 }} variant="contained" onClick={() => navigate('/login')}>
                Sign in
              </Button>
            </>
          ) : (
            <>
              <Typography variant="body2" color="text.secondary" mb={2}>
                At least 12 characters. A few unrelated words make a strong, memorable password.
              </Typography>
              <TextField
                label="New password"
                type="password"
                autoComplete="new-password"
                value={password}
                onChange={(e) => setPassword(e.target.value)}
                fullWidth
                required
              />
              {error && (
                <Alert severity="error" sx={{ mt: 2 }} role="alert">
                  {error}
                </Alert>
              )}
              <Button type="submit" variant="contained" sx={{ mt: 2 }}>
                Set password
              </Button>
            </>
          )}
        </CardContent>
      </Card>
    </Box>
  );
}
