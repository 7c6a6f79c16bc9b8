import { useState } from 'react';
import { Avatar, Box, Group, Menu, Text, UnstyledButton } from '@mantine/core';
import { IconChevronDown, IconLogout } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { useSession, useSignedInSession } from '../auth/useSession';
import { initials } from '../ui/initials';
import { useNotify } from '../ui/useNotify';
import classes from './UserMenu.module.css';

export function UserMenu() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const notify = useNotify();
  const { user } = useSignedInSession();
  const { signOut } = useSession();
  const [signingOut, setSigningOut] = useState(false);

  const handleSignOut = async () => {
    setSigningOut(true);
    try {
      await signOut();
      navigate('/sign-in', { replace: true });
    } catch (error) {
      notify.error(error);
      navigate('/sign-in', { replace: true });
    } finally {
      setSigningOut(false);
    }
  };

  return (
    <Menu position="bottom-end" width={260} shadow="md">
      <Menu.Target>
        <UnstyledButton className={classes.trigger} aria-label={t('shell.userMenu', { name: user.name })}>
          <Group gap={8} wrap="nowrap">
            <Avatar size={30} radius="xl" color="calmIndigo" variant="light">
              {initials(user.name)}
            </Avatar>
            <Text size="sm" fw={500} truncate maw={140} visibleFrom="lg">
              {user.name}
            </Text>
            <IconChevronDown size={14} aria-hidden="true" />
          </Group>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Box px="sm" py={8}>
          <Text size="sm" fw={600} truncate>
            {user.name}
          </Text>
          <Text size="xs" c="dimmed" truncate>
            {user.email}
          </Text>
        </Box>
        <Menu.Divider />
        <Menu.Item
          leftSection={<IconLogout size={16} aria-hidden="true" />}
          onClick={() => void handleSignOut()}
          disabled={signingOut}
        >
          {t('shell.signOut')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
