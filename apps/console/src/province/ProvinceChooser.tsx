import { Button, Card, CardActions, CardContent, Grid, Typography } from '@mui/material';
import { compareVietnamese } from '@thidua/domain';
import { Link, Title, useGetList, useRefresh, useTranslate } from 'react-admin';
import { useProvinceSlug } from '../common/province';

/** A national administrator's home before a province is chosen: the provinces to open, and the comparison. */
export function ProvinceChooser() {
  const translate = useTranslate();
  const refresh = useRefresh();
  const [, pick] = useProvinceSlug();
  const { data = [] } = useGetList<{ id: string; name: string }>('province-summaries', {
    pagination: { page: 1, perPage: 100 },
  });
  return (
    <div data-testid="province-chooser">
      <Title title={translate('thidua.province.pick_first')} />
      <Typography variant="h5" component="h1" sx={{ my: 2 }}>
        {translate('thidua.province.pick_first')}
      </Typography>
      <Button component={Link} to="/national" variant="contained" sx={{ mb: 2 }}>
        {translate('thidua.national.title')}
      </Button>
      <Grid container spacing={2}>
        {[...data]
          .sort((a, b) => compareVietnamese(a.name, b.name))
          .map((p) => (
            <Grid key={p.id} size={{ xs: 12, sm: 6, md: 4 }}>
              <Card variant="outlined">
                <CardContent>
                  <Typography variant="h6" component="h2">
                    {p.name}
                  </Typography>
                </CardContent>
                <CardActions>
                  <Button
                    onClick={() => {
                      pick(p.id);
                      refresh();
                    }}
                    data-testid={`open-province-${p.id}`}
                  >
                    {translate('thidua.province.open')}
                  </Button>
                </CardActions>
              </Card>
            </Grid>
          ))}
      </Grid>
    </div>
  );
}
